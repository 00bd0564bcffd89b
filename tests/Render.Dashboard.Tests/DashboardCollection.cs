namespace Render.Dashboard.Tests;

/// <summary>The dashboard test classes share one server and one browser (starting Chromium takes seconds).</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<DashboardFixture>
{
    public const string Name = "dashboard";
}
