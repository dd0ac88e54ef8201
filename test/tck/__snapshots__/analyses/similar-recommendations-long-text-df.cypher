// termDfStatement(["analysi", "skill"])
UNWIND $stems AS stem
MATCH (t:Term {stem: stem})
RETURN stem, t.df AS df
// params: {"stems":["analysi","skill"]}
