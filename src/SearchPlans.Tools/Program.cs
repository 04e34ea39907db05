using System.Text;

namespace SearchPlans.Tools;

internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var env = CliEnvironment.FromConsole();
        return CliApp.Run(ToolsRoot.Create(env), args, env);
    }
}
