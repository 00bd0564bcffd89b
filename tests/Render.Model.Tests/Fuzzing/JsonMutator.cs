using System.Text;
using System.Text.Json.Nodes;

namespace Render.Model.Tests.Fuzzing;

/// <summary>
/// A seeded, bounded generator of hostile JSON bodies: each one is a seed body (a real fixture)
/// with one to three structural mutations (a value replaced by null, by a value of another type,
/// by a non-finite or huge number, by a 1 KB string or by a nesting too deep to read; a member
/// removed or renamed; an array element removed, doubled or made null; a subtree copied to
/// another place) and sometimes a textual one (truncated, a byte dropped or inserted). The same
/// seed gives the same bodies, so a failing case is reproduced by its seed and number.
/// </summary>
/// <remarks>
/// Depends on System.Text.Json only, so that other test projects can link this file (with
/// <see cref="FuzzCorpus"/>) and send the same bodies over HTTP:
/// <c>&lt;Compile Include="..\Render.Model.Tests\Fuzzing\JsonMutator.cs" Link="Fuzzing\JsonMutator.cs" /&gt;</c>.
/// </remarks>
internal sealed class JsonMutator
{
    /// <summary>The seed the tests use unless <c>RENDER_FUZZ_SEED</c> names another.</summary>
    public const int DefaultSeed = 20261221;

    private static readonly string[] Palette =
    [
        "null", "0", "-1", "0.5", "-0.0", "1e309", "-1e309", "1e-9", "1e-300", "4.9e-324", "2147483648",
        "9223372036854775808", "1e18", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"1e309\"", "\"\"",
        "\"../..\"", "\"a/b c\"", "\"x\"", "\"list\"", "\"ref\"", "\"leaf\"", "\"interpolated\"", "true", "false",
        "{}", "[]", "[null]", "{\"a\":null}", "[[null]]", "[1,2]", "[[1,2],[3]]", "{\"type\":\"ref\",\"refId\":\"missing\"}",
        $"\"{new string('t', 1100)}\"", DeepMarker,
    ];

    /// <summary>Stands for an array nested deeper than a reader allows, put into the text after it is written.</summary>
    private const string DeepMarker = "\"\\u0001deep\"";

    private static readonly string[] HostileKeys = ["", "../..", "a\"b", new string('k', 1100), "type", "p", "w"];

    private static readonly string Deep = new string('[', 70) + new string(']', 70);

    private static readonly byte[] TextNoise = "{}[],:\"0-e.n\\"u8.ToArray();

    private readonly Random _random;

    /// <summary>A generator whose bodies are fixed by <paramref name="seed"/>.</summary>
    public JsonMutator(int seed)
    {
        Seed = seed;
        _random = new Random(seed);
    }

    /// <summary>The seed.</summary>
    public int Seed { get; }

    /// <summary>The seed from <c>RENDER_FUZZ_SEED</c> when it is set (to explore), else <see cref="DefaultSeed"/>.</summary>
    public static int SeedFromEnvironment() =>
        int.TryParse(Environment.GetEnvironmentVariable("RENDER_FUZZ_SEED"), out var seed) ? seed : DefaultSeed;

    /// <summary><paramref name="count"/> mutated bodies of <paramref name="seeds"/> (taken in turn), as UTF-8.</summary>
    public IEnumerable<byte[]> Mutate(IReadOnlyList<string> seeds, int count)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        var parsed = seeds.Select(seed => JsonNode.Parse(seed)).ToArray();
        for (var i = 0; i < count; i++)
        {
            var body = new Holder(parsed[i % parsed.Length]?.DeepClone());
            var mutations = 1 + _random.Next(3);
            for (var m = 0; m < mutations; m++)
            {
                MutateOnce(body);
            }

            var json = (body.Root?.ToJsonString() ?? "null").Replace("\"\\u0001deep\"", Deep, StringComparison.Ordinal);
            var text = Encoding.UTF8.GetBytes(json);
            yield return _random.Next(100) < 15 ? MutateText(text) : text;
        }
    }

    private void MutateOnce(Holder body)
    {
        var places = new List<Place>();
        Collect(body.Root, new Place(body, null, -1), places);
        var place = places[_random.Next(places.Count)];
        switch (_random.Next(12))
        {
            case < 4:
                place.Set(JsonNode.Parse(Palette[_random.Next(Palette.Length)]));
                break;
            case < 6:
                place.Set(null);
                break;
            case < 8:
                EditContainer(place.Node);
                break;
            case < 9:
                RenameMember(place.Node);
                break;
            default:
                // Another part of the body where this one was: a transform where a tile belongs, a row where a number belongs.
                place.Set(places[_random.Next(places.Count)].Node?.DeepClone());
                break;
        }
    }

    private void EditContainer(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject { Count: > 0 } members:
                members.RemoveAt(_random.Next(members.Count));
                break;
            case JsonArray { Count: > 0 } items:
                var index = _random.Next(items.Count);
                switch (_random.Next(4))
                {
                    case 0:
                        items.RemoveAt(index);
                        break;
                    case 1:
                        items.Insert(index, items[index]?.DeepClone());
                        break;
                    case 2:
                        items.Insert(index, null);
                        break;
                    default:
                        items.Clear();
                        break;
                }

                break;
        }
    }

    private void RenameMember(JsonNode? node)
    {
        if (node is JsonObject { Count: > 0 } members)
        {
            var (name, value) = members.GetAt(_random.Next(members.Count));
            var renamed = HostileKeys[_random.Next(HostileKeys.Length)];
            if (!members.ContainsKey(renamed))
            {
                members.Remove(name);
                members[renamed] = value;
            }
        }
    }

    private byte[] MutateText(byte[] text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var at = _random.Next(text.Length);
        return _random.Next(3) switch
        {
            0 => text[..at],
            1 => [.. text[..at], .. text[(at + 1)..]],
            _ => [.. text[..at], TextNoise[_random.Next(TextNoise.Length)], .. text[at..]],
        };
    }

    private static void Collect(JsonNode? node, Place place, List<Place> places)
    {
        places.Add(place);
        switch (node)
        {
            case JsonObject members:
                for (var i = 0; i < members.Count; i++)
                {
                    var (name, child) = members.GetAt(i);
                    Collect(child, new Place(members, name, -1), places);
                }

                break;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                {
                    Collect(items[i], new Place(items, null, i), places);
                }

                break;
        }
    }

    /// <summary>The body's root, so that the whole body can be replaced like any other value.</summary>
    private sealed class Holder(JsonNode? root)
    {
        public JsonNode? Root { get; set; } = root;
    }

    /// <summary>Where a node sits: the root, an object member or an array element.</summary>
    private readonly record struct Place(object Parent, string? Name, int Index)
    {
        public JsonNode? Node => Parent switch
        {
            Holder holder => holder.Root,
            JsonObject members => members[Name!],
            JsonArray items => items[Index],
            _ => null,
        };

        public void Set(JsonNode? value)
        {
            switch (Parent)
            {
                case Holder holder:
                    holder.Root = value;
                    break;
                case JsonObject members:
                    members[Name!] = value;
                    break;
                case JsonArray items:
                    items[Index] = value;
                    break;
            }
        }
    }
}
