namespace SearchPlans.Index;

/// <summary>
/// Every field of the requirement index, named once. One Lucene document per requirement.
/// Exact fields hold values normalised by <see cref="ExactTerms"/>, so filters compare folded text.
/// </summary>
public static class IndexFields
{
    /// <summary>Requirement id; exact, stored; the key for UpdateDocument.</summary>
    public const string Id = "id";

    /// <summary>Plan id; exact, stored.</summary>
    public const string Plan = "plan";

    /// <summary>Jurisdiction name: exact (folded) for filters, stored and as sorted doc values (as printed) for hits and facets.</summary>
    public const string Jurisdiction = "jurisdiction";

    /// <summary>Administrative level, lower-case ("city"); exact, and as sorted doc values for facets.</summary>
    public const string Level = "level";

    /// <summary>Province name; exact (folded).</summary>
    public const string Province = "province";

    /// <summary>Plan year: exact string for filters and ranges, stored, and numeric doc values for facets.</summary>
    public const string Year = "year";

    /// <summary>Section titles from the top down; analysed with the word analyzer.</summary>
    public const string Section = "section";

    /// <summary>One exact (folded) value per responsible unit, and the names as printed as sorted-set doc values for facets.</summary>
    public const string Units = "units";

    /// <summary>The responsible-units cell as printed; analysed into bigrams so a unit name matches inside the cell.</summary>
    public const string UnitsText = "units_text";

    /// <summary>One exact (folded) value per lead (牵头) unit.</summary>
    public const string LeadUnits = "lead_units";

    /// <summary>The 完成时限 cell; analysed with the word analyzer.</summary>
    public const string Deadline = "deadline";

    /// <summary>The item number as printed; exact, stored.</summary>
    public const string Number = "number";

    /// <summary>The requirement's own text, analysed into words (criteria, sections and units have fields of their own).</summary>
    public const string Text = "text";

    /// <summary>The same text as <see cref="Text"/>, analysed into CJK bigrams for recall where word splitting differs.</summary>
    public const string TextBigrams = "text_bigrams";

    /// <summary>The section titles from the top down, analysed into CJK bigrams: a query's words may be found in the heading.</summary>
    public const string SectionBigrams = "section_bigrams";

    /// <summary>The 评价标准 criteria, analysed into CJK bigrams: searched, but weighed below the text and never shown as it.</summary>
    public const string CriteriaBigrams = "criteria_bigrams";

    /// <summary>
    /// Where the plan is from and what it is called, analysed into CJK bigrams: jurisdiction, province and the plan's
    /// title without its common words (<see cref="PlaceText"/>), so a query may name the place (江门 解读).
    /// </summary>
    public const string PlaceBigrams = "place_bigrams";

    /// <summary>
    /// The topics of the topic list whose name or terms the requirement's text holds, one exact term each: a search for a
    /// topic's wording finds its other wordings through one term, where a phrase a wording would read positions for
    /// every requirement holding its common pairs. Lucene's advice for multi-word synonyms, applied at index time.
    /// </summary>
    public const string Topics = "topics";

    /// <summary>
    /// The requirement's text without its lists (<see cref="Enumerations.Focus"/>), analysed into CJK bigrams, for texts
    /// that list something; what a query's words found only among a list's items are said in passing.
    /// </summary>
    public const string FocusBigrams = "focus_bigrams";

    /// <summary>"1" on a requirement whose text lists something, so has a <see cref="FocusBigrams"/> of its own; a text without lists is all focus.</summary>
    public const string Lists = "lists";

    /// <summary>Stored only: the requirement text as shown, for rendering hits.</summary>
    public const string StoredText = "stored_text";

    /// <summary>
    /// Stored only: where the text's words are (<see cref="StoredWords"/>), as the word field's analysis cut them, so a
    /// hit's snippet marks whole words without segmenting its text again.
    /// </summary>
    public const string StoredWords = "stored_words";

    /// <summary>Stored only, one value per item: the 评价标准 criteria, for their snippet when only they match.</summary>
    public const string StoredCriteria = "stored_criteria";
}
