namespace SearchPlans.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.Error.WriteLine("searchplans: commands arrive with the CLI change");
        return args.Length == 0 ? 0 : 2;
    }
}
