/**
 * One colour per node label: the same colours as browser/graphstyle.grass (Neo4j Browser), so a
 * PDU looks the same in the explorer's graph and in Neo4j Browser.
 */
export const LABEL_COLOURS: Record<string, { fill: string; border: string; text: string }> = {
  Region: { fill: '#8DCC93', border: '#5DB665', text: '#2A2C34' },
  PDU: { fill: '#4C8EDA', border: '#2870C2', text: '#FFFFFF' },
  Inspection: { fill: '#F79767', border: '#F36924', text: '#2A2C34' },
  Recommendation: { fill: '#DA7194', border: '#CC3C6C', text: '#FFFFFF' },
  Finding: { fill: '#F16667', border: '#EB2728', text: '#FFFFFF' },
  Theme: { fill: '#FFC454', border: '#D7A013', text: '#2A2C34' },
  Policy: { fill: '#C990C0', border: '#B261A5', text: '#2A2C34' },
  Person: { fill: '#57C7E3', border: '#23B3D7', text: '#2A2C34' },
  Organisation: { fill: '#D9C8AE', border: '#C0A378', text: '#2A2C34' },
  Quote: { fill: '#F2E8A0', border: '#C9B84A', text: '#2A2C34' },
  Document: { fill: '#ECB5C9', border: '#DA7298', text: '#2A2C34' },
  Commitment: { fill: '#569480', border: '#447666', text: '#FFFFFF' },
  Action: { fill: '#A5ABB6', border: '#9AA1AC', text: '#2A2C34' },
};

export const DEFAULT_COLOUR = { fill: '#A5ABB6', border: '#9AA1AC', text: '#2A2C34' };
