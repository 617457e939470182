// How sellers ask for a profit, a margin, a break-even or a price, in six languages: with numbers in the message,
// the margin calculator answers these clauses.

export const MARGIN_ASK =
  /利润|赚多少|能赚|挣多少|赚钱|盈利|毛利|保本|回本|定价多少|卖多少钱|亏不亏|profit|margin|break[- ]?even|\broi\b|how much (?:do|would|will|can) (?:i|we) (?:make|earn|keep)|what price|Gewinn|Marge|verdien|übrig|lohnt sich|rentiert|bénéfice|gagne|reste|vaut le coup|conviene|ne vale la pena|vale la pena|compensa|worth it|marge|rentab|guadagn|margine|utile|beneficio|ganancia|ganamos|margen/iu;
