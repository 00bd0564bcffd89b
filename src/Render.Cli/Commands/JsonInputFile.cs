using Render.Model.Json;

namespace Render.Cli.Commands;

/// <summary>A JSON document a command reads from a file, with the file named in any parse error.</summary>
internal static class JsonInputFile
{
    /// <exception cref="ArgumentException">The file is not a valid <typeparamref name="T"/> document.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static T Read<T>(FileInfo file)
        where T : class
    {
        var parsed = RenderJson.Parse<T>(File.ReadAllBytes(file.FullName));
        return parsed.Success ? parsed.Value : throw new ArgumentException($"{file.Name}: {parsed.Error}");
    }
}
