namespace Render.Examples.Tests.Harness;

/// <summary>The test classes that share one <see cref="GuideServerFixture"/> (run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class GuideServerCollection : ICollectionFixture<GuideServerFixture>
{
    public const string Name = "guide server";
}
