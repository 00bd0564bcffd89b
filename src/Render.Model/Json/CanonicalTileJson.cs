namespace Render.Model.Json;

/// <summary>
/// What can be told about a tile spec from its canonical JSON (the form <see cref="RenderJson"/>
/// writes and the stores keep) without parsing it.
/// </summary>
public static class CanonicalTileJson
{
    /// <summary>
    /// True when resolving and flattening the tile cannot change it: its transforms are an unnamed
    /// list (no id, no labels) of leaves only. Its canonical JSON is then also its flattened
    /// JSON, so a read that flattens can serve it as stored. False means "not known", never "wrong".
    /// </summary>
    /// <remarks>
    /// Only transform specs have a <c>type</c> property, and a quote inside a string value is
    /// always escaped, so the patterns below cannot match inside a string. The tile's own
    /// <c>transforms</c> property is its only one: no nested object of a tile has one whose value
    /// is an object (filter parameters are strings).
    /// </remarks>
    public static bool IsResolvedAndFlat(ReadOnlySpan<byte> json) =>
        json.IndexOf("\"transforms\":{\"type\":\"list\",\"specList\":["u8) >= 0
        && json.IndexOf("\"type\":\"ref\""u8) < 0
        && json.IndexOf("\"type\":\"interpolated\""u8) < 0
        && CountOf(json, "\"type\":\"list\""u8) == 1;

    private static int CountOf(ReadOnlySpan<byte> json, ReadOnlySpan<byte> pattern)
    {
        var count = 0;
        int at;
        while ((at = json.IndexOf(pattern)) >= 0)
        {
            count++;
            json = json[(at + pattern.Length)..];
        }

        return count;
    }
}
