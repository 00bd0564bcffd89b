using System.Collections;
using System.Runtime.InteropServices;

namespace Render.Cli;

/// <summary>
/// The runtime settings of <c>render serve</c>. render.runtimeconfig.json holds the settings of the
/// short client commands (render-python starts one process per import group, per section...):
/// workstation GC and quick JIT, which cost least to start. A long-running service wants others,
/// and the runtime reads them only when a process starts, so on Linux <c>render serve</c> replaces
/// its process by the same command line with these set in the environment (<c>execve</c>: the same
/// process id, standard streams and signals, so supervisors and <c>kill</c> see one process).
/// A setting already in the environment is left as it is. Elsewhere <c>serve</c> runs with the
/// client settings, or with these when they are set in the environment by hand.
/// </summary>
internal static unsafe class ServeRuntime
{
    /// <summary>The service's settings as runtime environment variables, each with why.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Settings { get; } =
    [
        // What ASP.NET Core's web SDK sets: a GC heap per core for the service's allocation rate.
        new("DOTNET_gcServer", "1"),

        // Methods are compiled optimised from their first call: under a sustained import, tier-0 code
        // stayed in use for seconds (call counting waits for JIT activity to settle), and the import
        // ran at 14,000 tiles/s instead of 22,000. With the ReadyToRun build it still matters: 89 to
        // 95 µs of service CPU per imported tile with quick JIT, 55 to 61 without (docs/BENCHMARKS.md,
        // "Start-up"). Dynamic PGO still applies to precompiled code as it tiers up.
        new("DOTNET_TC_QuickJit", "0"),

        // Freed GC regions stay committed for reuse instead of going back to the OS: an import
        // allocates its bodies' objects at a high rate, and first touches of returned pages (page
        // faults) cost more than the parsing (match import: 115 to 98 µs of CPU per pair).
        new("DOTNET_GCRetainVM", "1"),
    ];

    /// <summary>
    /// For <c>render serve</c> on Linux without the service's settings: runs the same command line
    /// again with them, in place of this process. Returns only when there is nothing to do or the
    /// replacement failed (then the command runs here with the settings this process has).
    /// </summary>
    public static void RestartWithServiceSettings(string[] args)
    {
        if (args is not ["serve", ..] || !OperatingSystem.IsLinux())
        {
            return;
        }

        var environment = Environment.GetEnvironmentVariables();
        var missing = MissingSettings(environment);
        if (missing.Count == 0 || ReadCommandLine() is not { Length: > 0 } commandLine)
        {
            return;
        }

        var variables = environment.Cast<DictionaryEntry>().Select(entry => $"{entry.Key}={entry.Value}")
            .Concat(missing.Select(setting => $"{setting.Key}={setting.Value}"));
        Execute("/proc/self/exe", commandLine, [.. variables]);
    }

    /// <summary>The settings that neither their <c>DOTNET_</c> nor their older <c>COMPlus_</c> name sets.</summary>
    internal static List<KeyValuePair<string, string>> MissingSettings(IDictionary environment) =>
        Settings.Where(setting => !environment.Contains(setting.Key)
            && !environment.Contains(string.Concat("COMPlus_", setting.Key.AsSpan("DOTNET_".Length)))).ToList();

    /// <summary>This process's arguments as it was started (the host's too: <c>dotnet render.dll serve ...</c>).</summary>
    private static string[]? ReadCommandLine()
    {
        try
        {
            var text = File.ReadAllText("/proc/self/cmdline");
            return text.TrimEnd('\0').Split('\0');
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static void Execute(string path, string[] arguments, string[] environment)
    {
        // libc is in the process already; looking execve up there works on glibc and musl alike.
        if (!NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), "execve", out var function))
        {
            return;
        }

        var strings = new List<nint>();
        try
        {
            nint Utf8(string value)
            {
                var pointer = Marshal.StringToCoTaskMemUTF8(value);
                strings.Add(pointer);
                return pointer;
            }

            var argv = arguments.Select(Utf8).Append(0).ToArray();
            var envp = environment.Select(Utf8).Append(0).ToArray();
            var file = Utf8(path);
            fixed (nint* argvPointer = argv)
            fixed (nint* envpPointer = envp)
            {
                // Returns only on failure.
                ((delegate* unmanaged<nint, nint*, nint*, int>)function)(file, argvPointer, envpPointer);
            }
        }
        finally
        {
            strings.ForEach(Marshal.FreeCoTaskMem);
        }
    }
}
