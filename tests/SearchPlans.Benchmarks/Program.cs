using BenchmarkDotNet.Running;

namespace SearchPlans.Benchmarks;

internal static class Program
{
    // `dotnet run -c Release --project tests/SearchPlans.Benchmarks -- --filter '*'` runs them all.
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
