using System.Collections.Frozen;
using System.Reflection;

namespace Render.Model.Json;

/// <summary>
/// The Java names of an enum of ours (from its <see cref="JsonStringEnumMemberNameAttribute"/>s):
/// <c>StackState.ReadOnly</c> is <c>READ_ONLY</c>. Java's <c>valueOf</c> matches names exactly, as
/// render-ws does for path values such as <c>state/{state}</c>.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
public static class JavaEnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> NameByValue = Enum.GetValues<TEnum>()
        .ToFrozenDictionary(value => value, value =>
            typeof(TEnum).GetField(value.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? value.ToString());

    private static readonly FrozenDictionary<string, TEnum> ValueByName =
        NameByValue.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The values, in declaration order (a value's index is its Java ordinal).</summary>
    public static IReadOnlyList<TEnum> Values { get; } = Enum.GetValues<TEnum>();

    /// <summary>The Java names, in declaration order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<TEnum>().Select(value => NameByValue[value])];

    /// <summary>The Java name of <paramref name="value"/>.</summary>
    public static string NameOf(TEnum value) => NameByValue[value];

    /// <summary>The value named <paramref name="name"/> (exact Java name), if any.</summary>
    public static bool TryParse(string? name, out TEnum value) => ValueByName.TryGetValue(name ?? string.Empty, out value);
}
