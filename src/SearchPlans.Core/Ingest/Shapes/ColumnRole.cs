namespace SearchPlans.Ingest.Shapes;

/// <summary>What a table column holds, read from its header cell.</summary>
internal enum ColumnRole
{
    Ignored,
    Section,
    Text,
    Units,
    Deadline,
    Criteria,

    /// <summary>The rows' numbers (序号).</summary>
    Number,
}
