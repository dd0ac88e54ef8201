// { neighbourhood(id: "planet:mars") { nodes { id } } }
// (no statement: the answer is null)
