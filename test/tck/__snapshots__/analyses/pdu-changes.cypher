// pduChangesStatement("pdu:leicester-leicestershire-and-rutland")
MATCH (p:PDU {id: $pdu})
CALL (p) {
  MATCH (p)<-[:OF]-(i:Inspection)
  WITH i
  ORDER BY coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) IS NULL DESC, coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn), i.id DESC
  RETURN collect({ inspection: i {.*}, date: coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn), dateBasis: CASE WHEN i.fieldworkFrom IS NOT NULL THEN 'FIELDWORK' WHEN i.reportedIn IS NOT NULL THEN 'REPORTED' WHEN i.publishedOn IS NOT NULL THEN 'PUBLISHED' ELSE 'NONE' END, documents: COLLECT {
    MATCH (d:Document)-[:REPORTS]->(i)
    RETURN d {.id, .title, .kind, .publishedOn, .url} AS d
    ORDER BY d.publishedOn, d.id
  }, findings: COLLECT {
    MATCH (i)-[:FOUND]->(f:Finding)
    WITH f
    ORDER BY f.position, f.id
    RETURN f {.*, themes: COLLECT {
      MATCH (f)-[:ABOUT]->(t:Theme)
      RETURN DISTINCT t {.*} AS t
      ORDER BY t.name
    }}
  }, recommendations: COLLECT {
    MATCH (i)-[:RECOMMENDS]->(r:Recommendation)
    WITH r
    ORDER BY r.position, r.id
    RETURN r {.*, recurs: COLLECT {
      MATCH (r)-[l:RECURS]->(e:Recommendation)<-[:RECOMMENDS]-(ei:Inspection)
      RETURN {earlier: e {.*}, inspection: ei.id, score: l.score, method: l.method, sharedTerms: l.sharedTerms, explanation: l.explanation} AS x
      ORDER BY l.score DESC
    }}
  }, frameworks: COLLECT {
    MATCH (f:Framework)
    WHERE 'PDU' IN f.inspects
      AND coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) IS NOT NULL
      AND f.monthFrom <= coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom)
      AND (f.monthUntil IS NULL OR f.monthUntil >= coalesce(i.fieldworkWindowFrom, i.fieldworkFrom))
    RETURN {framework: f {.*}, certainty: CASE WHEN (coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) IS NOT NULL AND f.monthFromCertain <= coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AND (f.monthUntil IS NULL OR coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) <= f.monthUntilCertain)) THEN 'CERTAIN' ELSE 'POSSIBLE' END, explanation: 'fieldwork ' + coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) + CASE WHEN coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) <> coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) THEN ' to ' + coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) ELSE '' END + CASE WHEN coalesce(i.fieldworkBasis, CASE WHEN i.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN ' (a derived window)' ELSE '' END + CASE WHEN (coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) IS NOT NULL AND f.monthFromCertain <= coalesce(i.fieldworkWindowFrom, i.fieldworkFrom) AND (f.monthUntil IS NULL OR coalesce(i.fieldworkWindowTo, i.fieldworkTo, i.fieldworkWindowFrom, i.fieldworkFrom) <= f.monthUntilCertain)) THEN ' lies within ' ELSE ' overlaps, in part, ' END + f.name + ' (' + f.from + ' to ' + coalesce(f.until, CASE WHEN f.periodEnd IS NOT NULL THEN f.periodEnd + ' at the latest' ELSE 'no end known' END) + ')'} AS x
    ORDER BY f.periodStart
  }, duplicates: COLLECT {
    MATCH (i)-[:POSSIBLE_DUPLICATE_OF]-(o:Inspection)
    RETURN DISTINCT o.id AS o
    ORDER BY o
  } }) AS inspections
}
RETURN p {.*} AS pdu, inspections
// params: {"pdu":"pdu:leicester-leicestershire-and-rutland"}
