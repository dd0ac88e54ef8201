// missingPoliciesStatement(["SDS40", "NOPE"])
UNWIND $codes AS code
OPTIONAL MATCH (p:Policy {code: code})
WITH code, p
WHERE p IS NULL
RETURN collect(code) AS missing
// params: {"codes":["SDS40","NOPE"]}
