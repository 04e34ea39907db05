using System.Text;

namespace SearchPlans.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return CliApp.Run(args, CliEnvironment.FromConsole());
    }
}
