namespace CleanFeed.Cli.Azurite;

/// <summary>Finds the CleanFeed checkout: the folder whose package.json pins azurite.</summary>
public static class RepositoryRoot
{
    public static string? Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var pkg = Path.Combine(dir.FullName, "package.json");
                if (File.Exists(pkg) && File.Exists(Path.Combine(dir.FullName, "Functions.sln")) && File.ReadAllText(pkg).Contains("\"azurite\""))
                    return dir.FullName;
            }
        }
        return null;
    }
}
