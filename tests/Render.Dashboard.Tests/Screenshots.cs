using Microsoft.Playwright;

namespace Render.Dashboard.Tests;

/// <summary>
/// PNGs of the pages as the tests left them, in <c>artifacts/screenshots/</c> under the repository
/// root (git-ignored), for a person to look at after a run.
/// </summary>
internal static class Screenshots
{
    public static string Folder { get; } = FindFolder();

    public static async Task SaveAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = System.IO.Path.Combine(Folder, name + ".png"), FullPage = true })
            .ConfigureAwait(false);
    }

    /// <summary>Under the checkout when the tests run from one, else next to the test assembly.</summary>
    private static string FindFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Render.slnx")))
            {
                return System.IO.Path.Combine(directory.FullName, "artifacts", "screenshots");
            }
        }

        return System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");
    }
}
