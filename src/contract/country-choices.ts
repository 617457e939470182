/**
 * "Another country": ISO 3166-1's user-assigned 'ZZ', which no country will ever be given. What an adapter's "other"
 * choice sends and what the chat parser sets for a country outside its tables; the checker finds it on none of the
 * rules' lists, so an entity there is refused and a warehouse there does not qualify.
 */
export const OTHER_COUNTRY = 'ZZ';

/**
 * The countries a tool's choice lists offer (Telegram's eligibility keyboard, Discord's slash-command choices), built
 * from the rules files by src/tools/country-choices.ts. ISO 3166-1 alpha-2 codes; `OTHER_COUNTRY` ('ZZ') stands for
 * a country the list does not show.
 */
export interface CountryChoices {
  /** Where the selling entity may be registered, then registrations sellers often have that the rules refuse, then 'ZZ'. */
  entity: string[];
  warehouse: {
    /** The EU countries most stock is in: shown first. */
    main: string[];
    /** The rest of the EU (a warehouse there qualifies), in the rules' order. */
    otherEu: string[];
    /** Europe outside the EU (stock there has to move), then 'ZZ'. */
    outsideEu: string[];
  };
  /** VAT registrations to tick; a keyboard adds the warehouse country when it is not among them. */
  vat: string[];
  /** The margin calculator's markets (knowledge/rules/markets.yaml). */
  markets: string[];
}
