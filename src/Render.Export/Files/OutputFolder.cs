namespace Render.Export.Files;

/// <summary>Checks an output folder before any work is done, so that a run fails at once with a message naming the folder.</summary>
public static class OutputFolder
{
    /// <summary>
    /// The full path of <paramref name="path"/> after checking that a file can be created in it
    /// (a probe file is written and removed); with <paramref name="create"/> a missing folder is made.
    /// </summary>
    /// <exception cref="ExportException">The folder is missing (and not to be created), cannot be created, or is not writable.</exception>
    public static string RequireWritable(string path, bool create)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        if (!Directory.Exists(full))
        {
            if (File.Exists(full))
            {
                throw new ExportException($"output folder '{full}' is a file");
            }

            if (!create)
            {
                throw new ExportException($"output folder '{full}' does not exist");
            }
        }

        var probe = Path.Combine(full, $".render-write-check.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(full);
            File.WriteAllBytes(probe, []);
            File.Delete(probe);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ExportException($"output folder '{full}' is not writable: {exception.Message}", exception);
        }

        return full;
    }
}
