namespace SearchPlans.Ingest.Tables;

/// <summary>What a table cell holds, read from its content.</summary>
internal enum CellKind
{
    Blank,

    /// <summary>A row number (序号): digits alone.</summary>
    Number,

    /// <summary>A section heading: 一、… or （一）…, or in a stream of cells a short title.</summary>
    Section,

    /// <summary>The requirement text.</summary>
    Text,

    /// <summary>A list of responsible units.</summary>
    Units,

    /// <summary>A deadline: 长期推进, 2021年8月前.</summary>
    Deadline,
}
