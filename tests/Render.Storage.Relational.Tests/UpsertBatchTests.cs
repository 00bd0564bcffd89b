namespace Render.Storage.Relational.Tests;

public sealed class UpsertBatchTests
{
    [Fact]
    public void LastOfEach_AKeyTwice_KeepsItsFirstPlaceAndLastValue()
    {
        (string Key, int Value)[] items = [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)];

        var unique = UpsertBatch.LastOfEach(items, item => item.Key, StringComparer.Ordinal);

        Assert.Equal([("a", 3), ("b", 5), ("c", 4)], unique);
    }

    [Fact]
    public void LastOfEach_KeysEqualOnlyByTheComparer_AreOneKey()
    {
        var unique = UpsertBatch.LastOfEach(["x", "X", "y"], item => item, StringComparer.OrdinalIgnoreCase);

        Assert.Equal(["X", "y"], unique);
    }
}
