using System.Runtime.InteropServices;

namespace SearchPlans.Ingest.Reading;

/// <summary>
/// What a path names once symbolic links are followed: only a regular file is read. Opening a FIFO blocks until
/// someone writes to it, and a device such as /dev/zero reports size 0 and never ends, so both must be recognised
/// before anything opens them. .NET does not say which a path is, so on Linux this asks stat(2) itself.
/// </summary>
internal static class FileKind
{
    private const uint TypeMask = 0xF000;
    private const uint Regular = 0x8000;

    /// <returns>Null for a regular file; otherwise what the path is instead, in words.</returns>
    public static string? NotRegular(string path)
    {
        if (Directory.Exists(path))
            return "a folder";
        if (!OperatingSystem.IsLinux() || ModeOffset() is not { } offset)
            return null;
        var status = new byte[256];
        if (Stat(path, status) != 0)
            return null; // The open that follows reports why the file cannot be read.
        var mode = BitConverter.ToUInt32(status, offset) & TypeMask;
        return mode switch
        {
            Regular => null,
            0x1000 => "a named pipe (FIFO)",
            0x2000 => "a character device",
            0x6000 => "a block device",
            0xC000 => "a socket",
            _ => "not a regular file",
        };
    }

    // Where struct stat keeps st_mode in the kernel's generic layouts glibc uses on 64-bit Linux.
    private static int? ModeOffset() => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 => 16,
        _ => null,
    };

    // stat, not lstat: a symbolic link is judged by what it finally points to.
    [DllImport("libc", EntryPoint = "stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] status);
}
