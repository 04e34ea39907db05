using System.Diagnostics;

namespace SearchPlans.Tools.Bench;

/// <summary>What this process holds in memory, as the operating system counts it (VmHWM and VmRSS on Linux).</summary>
internal static class ProcessMemory
{
    private const double Mb = 1024.0 * 1024.0;

    /// <summary>The most the process has ever held resident: its peak, whatever the GC has handed back since.</summary>
    public static double PeakResidentMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / Mb;
    }

    /// <summary>What the process holds resident now.</summary>
    public static double ResidentMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64 / Mb;
    }

    /// <summary>The managed heap after a full collection: what the process's objects still reference.</summary>
    public static double LiveHeapMb() => GC.GetTotalMemory(forceFullCollection: true) / Mb;
}
