namespace Render.Dashboard.Tests;

/// <summary>
/// Debian's Chromium, which the tests drive instead of a browser downloaded by Playwright (nothing
/// but package registries can be reached here). <c>.ci/run</c> installs it when it is missing.
/// </summary>
internal static class SystemChromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Overrides <see cref="DefaultPath"/>, for a machine with the browser elsewhere.</summary>
    public const string PathVariable = "RENDER_CHROMIUM";

    /// <summary>
    /// The browser's path. A missing browser fails the tests rather than skipping them, so that CI
    /// cannot pass without having looked at the pages.
    /// </summary>
    public static string Path()
    {
        var path = Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } configured ? configured : DefaultPath;
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException(
                $"no Chromium at {path}: install Debian's package (apt-get install chromium), as .ci/run does, or set {PathVariable}");
    }
}
