namespace SearchPlans.Cli.Output;

/// <summary>How a command writes its results.</summary>
internal enum OutputFormat
{
    Text,
    Json,
    Csv,
}
