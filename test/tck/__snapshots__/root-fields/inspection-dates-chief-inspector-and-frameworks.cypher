// { inspection(id: "inspection:leeds:2024-08") { date dateBasis fieldworkBasis fieldworkWindowFrom fieldworkWindowTo chiefInspector { name } chiefInspectors { person { name } from until wholeWindow } chiefInspectorExplanation frameworks { certainty explanation framework { name } } pressures { certainty policy { code } } } }
MATCH (t:Inspection {id: $id})
RETURN t {.fieldworkBasis, .fieldworkWindowFrom, .fieldworkWindowTo, `@date`: coalesce(t.fieldworkFrom, t.reportedIn, t.publishedOn), `@dateBasis`: CASE WHEN t.fieldworkFrom IS NOT NULL THEN 'FIELDWORK' WHEN t.reportedIn IS NOT NULL THEN 'REPORTED' WHEN t.publishedOn IS NOT NULL THEN 'PUBLISHED' ELSE 'NONE' END, `@chiefInspector`: COLLECT {
  MATCH (t3:Person)-[h3:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
  WHERE (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND h3.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (h3.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= h3.monthUntilCertain))
  RETURN t3 {.name}
  LIMIT 1
}[0], `@chiefInspectors`: COLLECT {
  MATCH (t4:Person)-[h4:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
  WHERE coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL
    AND h4.monthFrom <= coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom)
    AND (h4.monthUntil IS NULL OR h4.monthUntil >= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom))
  WITH t4, h4, (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND h4.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (h4.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= h4.monthUntilCertain)) AS w4
  WITH *
  ORDER BY h4.periodStart
  RETURN {from: h4.from, until: h4.until, wholeWindow: w4, person: t4 {.name}}
}, `@chiefInspectorExplanation`: CASE WHEN coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NULL THEN 'No fieldwork window (' + coalesce(t.fieldworkExplanation, 'no date is known') + '), so who was Chief Inspector of Probation cannot be told.' ELSE [list5 IN [COLLECT {
  MATCH (p5:Person)-[h5:HELD {role: 'CHIEF_INSPECTOR_OF_PROBATION'}]->(:Organisation)
  WHERE coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL
    AND h5.monthFrom <= coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom)
    AND (h5.monthUntil IS NULL OR h5.monthUntil >= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom))
  RETURN {name: p5.name, period: h5.from + ' to ' + coalesce(h5.until, CASE WHEN h5.periodEnd IS NOT NULL THEN h5.periodEnd + ' at the latest' ELSE 'no end known' END), whole: (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND h5.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (h5.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= h5.monthUntilCertain))} AS x5
  ORDER BY h5.monthFrom
}] | 'Fieldwork ' + coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) + CASE WHEN coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <> coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) THEN ' to ' + coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) ELSE '' END + CASE WHEN coalesce(t.fieldworkBasis, CASE WHEN t.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN ' (a derived window)' ELSE '' END + ': ' + CASE WHEN size(list5) = 0 THEN 'no Chief Inspector of Probation in the graph was in post then.' WHEN size(list5) = 1 AND list5[0].whole THEN list5[0].name + ' was Chief Inspector of Probation throughout (in post ' + list5[0].period + ').' WHEN size(list5) = 1 THEN 'the window lies only partly inside ' + list5[0].name + "'s tenure (" + list5[0].period + '); no one is named.' ELSE 'the window straddles a change of Chief Inspector of Probation: ' + reduce(acc5 = '', y5 IN list5 | acc5 + CASE WHEN acc5 = '' THEN '' ELSE '; ' END + y5.name + ' (' + y5.period + ')') + '. Which of them covered the inspection cannot be told from the dates, so no one is named.' END][0] END, `@frameworks`: COLLECT {
  MATCH (t6:Framework)
  WHERE 'PDU' IN t6.inspects
    AND coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL
    AND t6.monthFrom <= coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom)
    AND (t6.monthUntil IS NULL OR t6.monthUntil >= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom))
  WITH t6, CASE WHEN (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND t6.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (t6.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= t6.monthUntilCertain)) THEN 'CERTAIN' ELSE 'POSSIBLE' END AS c6, 'fieldwork ' + coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) + CASE WHEN coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <> coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) THEN ' to ' + coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) ELSE '' END + CASE WHEN coalesce(t.fieldworkBasis, CASE WHEN t.fieldworkFrom IS NOT NULL THEN 'STATED' ELSE 'UNKNOWN' END) = 'DERIVED' THEN ' (a derived window)' ELSE '' END + CASE WHEN (coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) IS NOT NULL AND t6.monthFromCertain <= coalesce(t.fieldworkWindowFrom, t.fieldworkFrom) AND (t6.monthUntil IS NULL OR coalesce(t.fieldworkWindowTo, t.fieldworkTo, t.fieldworkWindowFrom, t.fieldworkFrom) <= t6.monthUntilCertain)) THEN ' lies within ' ELSE ' overlaps, in part, ' END + t6.name + ' (' + t6.from + ' to ' + coalesce(t6.until, CASE WHEN t6.periodEnd IS NOT NULL THEN t6.periodEnd + ' at the latest' ELSE 'no end known' END) + ')' AS x6
  WITH *
  ORDER BY t6.periodStart
  RETURN {certainty: c6, explanation: x6, framework: t6 {.name}}
}, `@pressures`: COLLECT {
  MATCH (t)-[u7:UNDER]->(t7:Policy)
  WITH *
  ORDER BY t7.code, u7.basis
  RETURN {certainty: u7.certainty, policy: t7 {.code}}
}} AS node
LIMIT 1
// params: {"id":"inspection:leeds:2024-08"}
