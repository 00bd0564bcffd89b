using System.Diagnostics;

namespace Render.Cli.Tests.Install;

/// <summary>
/// The repository as a newcomer's fresh download, without its git history: the sources, the
/// build settings and the client scripts copied into a temporary folder, with a home folder of
/// its own beside them, all removed on dispose. The install tests build, pack and publish there,
/// so they never touch the repository's own build outputs.
/// </summary>
public sealed class SourceCopy : IDisposable
{
    private static readonly string[] Files = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];
    private static readonly string[] Folders = ["src", "client-scripts"];

    public SourceCopy()
    {
        var repository = RepositoryRoot();
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(repository, file), Path.Combine(Directory.CreateDirectory(Root).FullName, file));
        }

        foreach (var folder in Folders)
        {
            CopyFolder(Path.Combine(repository, folder), Path.Combine(Root, folder));
        }

        Directory.CreateDirectory(Home);
    }

    /// <summary>The copied repository.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "render-install-" + Guid.NewGuid().ToString("N"), "repository");

    /// <summary>A home folder for the installs (HOME and DOTNET_CLI_HOME), beside <see cref="Root"/>.</summary>
    public string Home => Path.Combine(Path.GetDirectoryName(Root)!, "home");

    /// <summary>A new empty folder beside <see cref="Root"/>.</summary>
    public string Folder(string name) => Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(Root)!, name)).FullName;

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(Root)!, recursive: true);

    /// <summary>
    /// Runs a program to its end and returns its exit status and output. The environment is this
    /// process's without the test host's MSBuild settings, with <paramref name="environment"/>
    /// applied (a null value removes the variable).
    /// </summary>
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        // No MSBuild or compiler server outlives the test.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} took longer than {timeout}");
        }

        return (process.ExitCode, await output, await error);
    }

    /// <summary>The dotnet host the tests run under.</summary>
    public static string Dotnet { get; } =
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Contains("bin") || parts.Contains("obj"))
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(target, File.GetUnixFileMode(file));
            }
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Render.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the tests run outside the repository: Render.slnx not found above " + AppContext.BaseDirectory);
    }
}
