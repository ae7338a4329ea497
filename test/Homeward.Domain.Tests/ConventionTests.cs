using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Homeward.Domain.Tests;

public sealed partial class ConventionTests
{
    private static readonly Assembly Domain = typeof(DomainObject).Assembly;
    private static readonly string[] SourceFolders = ["src", "test", "benchmarks"];

    [Theory]
    [InlineData("Microsoft.AspNetCore")]
    [InlineData("Npgsql")]
    [InlineData("Microsoft.Data.Sqlite")]
    [InlineData("SQLitePCL")]
    [InlineData("Spectre")]
    [InlineData("ProjNet")]
    [InlineData("Homeward.Storage")]
    [InlineData("Homeward.Cli")]
    [InlineData("Homeward.Server")]
    public void Domain_ReferencesNoInfrastructure(string forbiddenPrefix)
    {
        var referenced = Domain.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(referenced);
        Assert.DoesNotContain(referenced, name => name.StartsWith(forbiddenPrefix, StringComparison.Ordinal));
    }

    [Fact]
    public void Domain_EveryPublicClass_IsSealedAbstractOrStatic()
    {
        var open = Domain.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract)
            .Select(t => t.FullName);

        Assert.Empty(open);
    }

    [Fact]
    public void Sources_EveryFile_IsNamedAfterItsTopLevelType()
    {
        var root = RepositoryRoot();
        var mismatches = new List<string>();
        var typesSeen = 0;
        foreach (var folder in SourceFolders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}artifacts{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                    && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            {
                var name = Path.GetFileNameWithoutExtension(file);
                var typeName = name.Split('.')[0]; // Tests split into partial files are named Type.Aspect.cs.
                var declared = TopLevelType().Matches(File.ReadAllText(file)).Select(m => m.Groups["name"].Value).Distinct().ToList();
                typesSeen += declared.Count;
                if (declared.Count > 1 || (declared.Count == 1 && declared[0] != typeName) || name.Contains(' ', StringComparison.Ordinal))
                {
                    mismatches.Add($"{Path.GetRelativePath(root, file)} declares {string.Join(", ", declared)}");
                }
            }
        }

        Assert.True(typesSeen > 50, $"only {typesSeen} types found: is the scan looking in the right place?");
        Assert.Empty(mismatches);
    }

    private static string RepositoryRoot([CallerFilePath] string path = "")
    {
        var folder = Path.GetDirectoryName(path);
        while (folder is not null && !File.Exists(Path.Combine(folder, "Homeward.slnx")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("The test is not running from a Homeward checkout.");
    }

    [GeneratedRegex(@"^(?:public|internal|file)\s+(?:(?:sealed|static|abstract|partial|readonly)\s+)*(?:class|record struct|record|struct|interface|enum)\s+(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelType();
}
