using Render.Storage.Relational.Migrations;

namespace Render.Storage.Relational.Tests.Migrations;

public sealed class MigrationTests
{
    [Fact]
    public void Render_WordsInBraces_AreTheEnginesWords()
    {
        var step = new Migration(7, "test", "CREATE TABLE t (k {key}, name {id} NOT NULL){wide rows};");

        var sql = step.Render(new Dictionary<string, string> { ["key"] = "INTEGER PRIMARY KEY", ["id"] = "TEXT", ["wide rows"] = string.Empty });

        Assert.Equal("CREATE TABLE t (k INTEGER PRIMARY KEY, name TEXT NOT NULL);", sql);
    }

    [Fact]
    public void Render_AWordTheEngineLacks_FailsNamingStepAndWord()
    {
        var step = new Migration(7, "test", "CREATE TABLE t (k {key}, v {real});");

        var error = Assert.Throws<InvalidOperationException>(() => step.Render(new Dictionary<string, string> { ["key"] = "bigint" }));

        Assert.Contains("migration 7 (test)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'real'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Steps_AreTheNumberingBothEnginesHad_ThenMatchTrials()
    {
        Assert.Equal([1, 2, 3, 4, 5], MigrationHistory.Steps.Select(step => step.Version));
        Assert.Equal(["initial", "matches", "match_pair_p", "tile_indexes", "match_trials"], MigrationHistory.Steps.Select(step => step.Name));
    }

    [Fact]
    public void Steps_UseOnlyWordsOfOneList_AndNoWordInAComment()
    {
        // A word inside a "--" comment would put the engine's SQL, line breaks and all, into it.
        var words = MigrationHistory.Steps
            .SelectMany(step => System.Text.RegularExpressions.Regex.Matches(step.Template, @"\{([a-z][a-z ]*)\}").Select(match => match.Groups[1].Value))
            .Distinct()
            .Order(StringComparer.Ordinal);
        var commentsWithWords = MigrationHistory.Steps
            .SelectMany(step => step.Template.Split('\n'))
            .Where(line => line.TrimStart().StartsWith("--", StringComparison.Ordinal) && line.Contains('{', StringComparison.Ordinal));

        Assert.Equal(
            ["box index", "document", "false", "flag", "id", "int", "key", "keyed table", "layer and box index", "long", "pair row number", "real", "row number", "text", "wide rows", "z nulls first"],
            words);
        Assert.Empty(commentsWithWords);
    }
}
