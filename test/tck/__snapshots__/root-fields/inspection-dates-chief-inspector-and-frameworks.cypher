// { inspection(id: "inspection:leeds:2024-08") { date dateBasis fieldworkBasis fieldworkWindowFrom fieldworkWindowTo chiefInspector { name } chiefInspectors { person { name } from until wholeWindow } chiefInspectorExplanation frameworks { certainty explanation framework { name } } pressures { certainty policy { code } } } }
MATCH (t:Inspection {id: $id})
RETURN t {.fieldworkWindowFrom, .fieldworkWindowTo, `@date`: coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn), `@dateBasis`: CASE WHEN t.fieldworkFrom IS NOT NULL THEN 'FIELDWORK' WHEN t.reportedIn IS NOT NULL THEN 'REPORTED' WHEN t.publishedOn IS NOT NULL THEN 'PUBLISHED' ELSE 'NONE' END, `@fieldworkBasis`: coalesce(t.fieldworkBasis, CASE WHEN t.fieldworkFrom IS NULL THEN 'UNKNOWN' ELSE 'STATED' END), `@chiefInspector`: COLLECT {
  MATCH (t4:Person)-[h4:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
  WHERE (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND h4.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (h4.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= h4.monthUntilCertain))
  RETURN t4 {.name}
  LIMIT 1
}[0], `@chiefInspectors`: COLLECT {
  MATCH (t5:Person)-[h5:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
  WHERE coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL
    AND h5.monthFrom <= coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom)
    AND (h5.monthUntil IS NULL OR h5.monthUntil >= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom))
  WITH t5, h5, (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND h5.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (h5.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= h5.monthUntilCertain)) AS w5
  WITH *
  ORDER BY h5.periodStart
  RETURN {from: h5.from, until: h5.until, wholeWindow: w5, person: t5 {.name}}
  LIMIT 10
}, `@chiefInspectorExplanation`: CASE WHEN coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NULL THEN 'No fieldwork window (' + coalesce(t.fieldworkExplanation, 'no date is known') + '), so who was Chief Inspector of Probation cannot be told.' ELSE [list6 IN [COLLECT {
  MATCH (p6:Person)-[h6:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
  WHERE coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL
    AND h6.monthFrom <= coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom)
    AND (h6.monthUntil IS NULL OR h6.monthUntil >= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom))
  RETURN {name: p6.name, period: h6.from + ' to ' + coalesce(h6.until, CASE WHEN h6.periodEnd IS NOT NULL THEN h6.periodEnd + ' at the latest' ELSE 'no end known' END), whole: (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND h6.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (h6.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= h6.monthUntilCertain))} AS x6
  ORDER BY h6.monthFrom
}] | 'Fieldwork ' + coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) + CASE WHEN coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <> coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) THEN ' to ' + coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) ELSE '' END + CASE WHEN coalesce(t.fieldworkBasis, CASE WHEN t.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN ' (a derived window)' ELSE '' END + ': ' + CASE WHEN size(list6) = 0 THEN 'no Chief Inspector of Probation in the graph was in post then.' WHEN size(list6) = 1 AND list6[0].whole THEN list6[0].name + ' was Chief Inspector of Probation throughout (in post ' + list6[0].period + ').' WHEN size(list6) = 1 THEN 'the window lies only partly inside ' + list6[0].name + "'s tenure (" + list6[0].period + '); no one is named.' ELSE 'the window straddles a change of Chief Inspector of Probation: ' + reduce(acc6 = '', y6 IN list6 | acc6 + CASE WHEN acc6 = '' THEN '' ELSE '; ' END + y6.name + ' (' + y6.period + ')') + '. Which of them covered the inspection cannot be told from the dates, so no one is named.' END][0] END, `@frameworks`: COLLECT {
  MATCH (t7:Framework)
  WHERE 'PDU' IN t7.inspects
    AND coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL
    AND t7.monthFrom <= coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom)
    AND (t7.monthUntil IS NULL OR t7.monthUntil >= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom))
  WITH t7, CASE WHEN (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND t7.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (t7.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= t7.monthUntilCertain)) THEN 'CERTAIN' ELSE 'POSSIBLE' END AS c7, 'fieldwork ' + coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) + CASE WHEN coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <> coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) THEN ' to ' + coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) ELSE '' END + CASE WHEN coalesce(t.fieldworkBasis, CASE WHEN t.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN ' (a derived window)' ELSE '' END + CASE WHEN (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND t7.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (t7.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= t7.monthUntilCertain)) THEN ' lies within ' ELSE ' overlaps, in part, ' END + t7.name + ' (' + t7.from + ' to ' + coalesce(t7.until, CASE WHEN t7.periodEnd IS NOT NULL THEN t7.periodEnd + ' at the latest' ELSE 'no end known' END) + ')' AS x7
  WITH *
  ORDER BY t7.periodStart
  RETURN {certainty: c7, explanation: x7, framework: t7 {.name}}
  LIMIT 10
}, `@pressures`: COLLECT {
  MATCH (t)-[u8:UNDER]->(t8:Policy)
  WITH *
  ORDER BY t8.code, u8.basis
  RETURN {certainty: u8.certainty, policy: t8 {.code}}
  LIMIT 40
}} AS node
LIMIT 1
// params: {"id":"inspection:leeds:2024-08"}
