using System.Globalization;
using System.Text.Json;

namespace Render.Model.Tests.Json;

/// <summary>
/// Lists where an input document has something that a written document lacks or changed: every
/// field of the input must be in the output with an equal value. Allowed differences are only the
/// ones render itself makes: omitted nulls, coerced scalars (2337 read into a string field is
/// "2337"), equal numbers in another notation, and the keys render ignores (given
/// as "parent.key").
/// </summary>
internal static class JsonSubset
{
    public static List<string> Differences(string input, string output, IReadOnlySet<string> ignoredKeys)
    {
        using var inputDocument = JsonDocument.Parse(input);
        using var outputDocument = JsonDocument.Parse(output);
        var differences = new List<string>();
        Compare(inputDocument.RootElement, outputDocument.RootElement, "$", "", ignoredKeys, differences);
        return differences;
    }

    private static void Compare(JsonElement input, JsonElement output, string path, string key, IReadOnlySet<string> ignored, List<string> differences)
    {
        switch (input.ValueKind)
        {
            case JsonValueKind.Object when output.ValueKind == JsonValueKind.Object:
                foreach (var property in input.EnumerateObject())
                {
                    if (ignored.Contains($"{key}.{property.Name}") || property.Value.ValueKind == JsonValueKind.Null)
                    {
                        continue;
                    }

                    if (!output.TryGetProperty(property.Name, out var written))
                    {
                        differences.Add($"{path}.{property.Name}: missing from the output");
                        continue;
                    }

                    Compare(property.Value, written, $"{path}.{property.Name}", property.Name, ignored, differences);
                }

                break;
            case JsonValueKind.Array when output.ValueKind == JsonValueKind.Array:
                var inputs = input.EnumerateArray().ToList();
                var outputs = output.EnumerateArray().ToList();
                if (inputs.Count != outputs.Count)
                {
                    differences.Add($"{path}: {inputs.Count} elements became {outputs.Count}");
                    break;
                }

                for (var i = 0; i < inputs.Count; i++)
                {
                    Compare(inputs[i], outputs[i], $"{path}[{i}]", key, ignored, differences);
                }

                break;
            case JsonValueKind.Array when key == "transforms" && output.TryGetProperty("specList", out var specList):
                // render's legacy array form of a tile's transforms, which we read as the list it means.
                Compare(input, specList, $"{path}.specList", key, ignored, differences);
                break;
            case JsonValueKind.Number or JsonValueKind.String when SameScalar(input, output):
                break;
            case JsonValueKind.True or JsonValueKind.False when input.ValueKind == output.ValueKind:
                break;
            default:
                differences.Add($"{path}: {input.GetRawText()} became {output.GetRawText()}");
                break;
        }
    }

    private static bool SameScalar(JsonElement input, JsonElement output)
    {
        var inputText = input.ValueKind == JsonValueKind.String ? input.GetString()! : input.GetRawText();
        var outputText = output.ValueKind == JsonValueKind.String ? output.GetString()! : output.GetRawText();
        if (input.ValueKind == JsonValueKind.String && output.ValueKind == JsonValueKind.String)
        {
            return inputText == outputText;
        }

        if (input.ValueKind == JsonValueKind.Number && output.ValueKind == JsonValueKind.String)
        {
            return inputText == outputText;
        }

        return double.TryParse(inputText, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
            && double.TryParse(outputText, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            && a.Equals(b);
    }
}
