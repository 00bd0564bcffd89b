namespace Render.Export.Files;

/// <summary>
/// Writes a file whole or not at all: the bytes go to a hidden temporary name in the same folder,
/// which is then renamed over the final name. A crash or a full disk leaves at most a
/// <c>.*.tmp</c> file, never a half-written file under a finished-looking name, so a rerun that
/// skips existing files resumes correctly.
/// </summary>
public static class AtomicFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, creating its folder.</summary>
    /// <exception cref="ExportException">The folder or file cannot be written.</exception>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                stream.Write(bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ExportException($"cannot write '{path}': {exception.Message}", exception);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the temporary name marks it as unfinished.
        }
    }
}
