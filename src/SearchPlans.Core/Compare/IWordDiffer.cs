namespace SearchPlans.Compare;

/// <summary>Compares two requirement texts word by word.</summary>
public interface IWordDiffer
{
    WordDiff Diff(string left, string right);
}
