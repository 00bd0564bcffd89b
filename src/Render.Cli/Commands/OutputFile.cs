using System.Text;

namespace Render.Cli.Commands;

/// <summary>
/// Where a command writes its result: standard output for <c>-</c>, otherwise a file that appears
/// only complete. The text goes to a temporary file beside the target, moved into place by
/// <see cref="CommitAsync"/>; disposing without a commit deletes it, so a failed command leaves
/// neither a partial file nor a changed old one.
/// </summary>
internal sealed class OutputFile : IAsyncDisposable
{
    // Both or neither: the file named on the command line and the temporary one written first.
    private readonly (string Target, string Temporary)? _file;
    private bool _committed;

    private OutputFile(TextWriter writer, TextWriter messages, (string Target, string Temporary)? file)
    {
        Writer = writer;
        Messages = messages;
        _file = file;
    }

    /// <summary>The result's text.</summary>
    public TextWriter Writer { get; }

    /// <summary>Where lines about the result go: standard output, or standard error when the result itself goes to standard output.</summary>
    public TextWriter Messages { get; }

    /// <summary>The target as given to the command (<c>-</c> or a path).</summary>
    public string Name => _file?.Target ?? "-";

    /// <summary>Opens the output named <paramref name="path"/>; a file's folder must exist.</summary>
    /// <exception cref="IOException">The temporary file cannot be created.</exception>
    public static OutputFile Open(string path, TextWriter standardOutput, TextWriter standardError)
    {
        if (path == "-")
        {
            return new OutputFile(standardOutput, standardError, null);
        }

        var target = Path.GetFullPath(path);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return new OutputFile(writer, standardOutput, (target, temporary));
    }

    /// <summary>Flushes the text and, for a file, moves it into place (replacing an older one).</summary>
    public async Task CommitAsync()
    {
        if (_file is not { } file)
        {
            await Writer.FlushAsync().ConfigureAwait(false);
            return;
        }

        await Writer.DisposeAsync().ConfigureAwait(false);
        File.Move(file.Temporary, file.Target, overwrite: true);
        _committed = true;
    }

    /// <summary>Deletes the temporary file of an output that was not committed.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_file is not { } file || _committed)
        {
            return;
        }

        await Writer.DisposeAsync().ConfigureAwait(false);
        File.Delete(file.Temporary);
    }
}
