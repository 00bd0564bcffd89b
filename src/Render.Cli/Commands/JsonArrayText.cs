using Render.Model.Json;

namespace Render.Cli.Commands;

/// <summary>
/// A JSON array written as it is produced, one compact element a line: the whole is never held in
/// memory, and the text stays readable and easy to diff or grep.
/// </summary>
internal static class JsonArrayText
{
    /// <summary>Writes <paramref name="items"/> as a JSON array and returns how many there were.</summary>
    public static async Task<int> WriteAsync<T>(TextWriter writer, IAsyncEnumerable<T> items)
    {
        var count = 0;
        await writer.WriteAsync('[').ConfigureAwait(false);
        await foreach (var item in items.ConfigureAwait(false))
        {
            await writer.WriteAsync(count++ == 0 ? "\n" : ",\n").ConfigureAwait(false);
            await writer.WriteAsync(RenderJson.Serialize(item)).ConfigureAwait(false);
        }

        await writer.WriteLineAsync(count == 0 ? "]" : "\n]").ConfigureAwait(false);
        return count;
    }
}
