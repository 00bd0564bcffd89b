using Render.Imaging.Codecs.Loading;

namespace Render.Cli.Commands;

/// <summary>
/// render's ImageAndMask file checks for its tile validators: a local image or mask (a <c>file:</c>
/// URL or a path) must exist, be readable and not be empty; other locations are not checked, as render does not.
/// </summary>
internal static class LocalImageFiles
{
    public static string? Problem(string url, string context)
    {
        if (ImageAccessPolicy.ToLocalPath(url) is not { } path)
        {
            return null;
        }

        var file = new FileInfo(Path.GetFullPath(path));
        if (!file.Exists)
        {
            return $"cannot find {context} file '{file.FullName}'";
        }

        try
        {
            using var stream = file.OpenRead();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"no read access for {context} file '{file.FullName}'";
        }

        return file.Length == 0 ? $"{context} file '{file.FullName}' is empty" : null;
    }
}
