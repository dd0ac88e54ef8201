// { node(id: "planet:mars") { id } }
// (no statement: the answer is null)
