using System.Diagnostics;

namespace Render.Server.Tests.Faults;

/// <summary>
/// A small tmpfs file system of the test's own, to run out of space on: <see cref="FillUp"/> takes
/// every free byte with a ballast file, <see cref="Free"/> gives them back. Mounting needs root
/// (CI runs as root); <see cref="Unavailable"/> says why it cannot be done here.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private static readonly Lazy<string?> Probe = new(ProbeMount);

    private SmallDisk(string path) => Path = path;

    /// <summary>Why no small disk can be mounted on this machine, or null when one can.</summary>
    public static string? Unavailable => Probe.Value;

    /// <summary>The mounted folder.</summary>
    public string Path { get; }

    private string Ballast => System.IO.Path.Combine(Path, "ballast");

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB in a new temporary folder.</summary>
    public static SmallDisk Mount(int megabytes)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "render-small-disk-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(path);
        var error = Run("mount", "-t", "tmpfs", "-o", $"size={megabytes}m", "tmpfs", path);
        if (error is not null)
        {
            Directory.Delete(path);
            throw new InvalidOperationException(error);
        }

        return new SmallDisk(path);
    }

    /// <summary>Fills every free byte of the disk with a ballast file.</summary>
    public void FillUp()
    {
        using var ballast = new FileStream(Ballast, FileMode.Append, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var size in new[] { 1 << 20, 64 << 10, 4 << 10, 512 })
        {
            var chunk = new byte[size];
            try
            {
                while (true)
                {
                    ballast.Write(chunk);
                }
            }
            catch (IOException)
            {
                // Full at this chunk size; go on with smaller ones.
            }
        }
    }

    /// <summary>Deletes the ballast: the space it held is free again.</summary>
    public void Free() => File.Delete(Ballast);

    /// <summary>Lets the user <c>postgres</c> (a root test's cluster runs as it) write in <paramref name="folder"/>.</summary>
    public static void GiveToPostgres(string folder) => _ = Run("chown", "postgres:postgres", folder) is { } error ? throw new InvalidOperationException(error) : 0;

    public void Dispose()
    {
        _ = Run("umount", "-l", Path);
        Directory.Delete(Path, recursive: true);
    }

    private static string? ProbeMount()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            return "a small disk needs mount -t tmpfs, which needs root on Linux (CI runs as root); run the tests as root to include it";
        }

        try
        {
            Mount(1).Dispose();
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or IOException)
        {
            return $"mount -t tmpfs failed here ({e.Message.Trim()}); the disk-full tests need it";
        }
    }

    /// <summary>Runs a program; null when it succeeded, else what it said.</summary>
    private static string? Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"{program} {string.Join(' ', arguments)} failed ({process.ExitCode}): {error}";
    }
}
