// ratingHistoryStatement("pdu:leeds")
MATCH (:PDU {id: $pdu})<-[:OF]-(i:Inspection)
RETURN i {.*} AS inspection
ORDER BY coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn) IS NULL DESC, coalesce(i.fieldworkFrom, i.reportedIn, i.publishedOn), i.id DESC
// params: {"pdu":"pdu:leeds"}
