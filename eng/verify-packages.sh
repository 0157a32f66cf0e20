#!/usr/bin/env bash
# Proves the packages work the way a consumer uses them:
#   1. `dotnet pack -c Release` of the solution into a temporary folder feed (unique pre-release version, so no
#      stale copy in the NuGet cache can stand in for the fresh one), and checks each package's metadata: README,
#      MIT license expression, repository, XML docs, symbols package, SourceLink in the PDB;
#   2. a fresh console project outside the repository references LipSync.Sdk + LipSync.Sdk.Testing from that feed
#      (dependencies from the normal NuGet source), starts the Sync emulator and submits/waits a job;
#   3. the `lipsync` tool is installed into a fresh --tool-path and runs `errors list --json` and `errors explain`.
# Called from .ci/run; not part of `dotnet test`. Prints how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$(pwd)"
started=$(date +%s)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

version="0.1.0-verify.$(date -u +%Y%m%d%H%M%S)"
work="$(mktemp -d)"
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
cleanup() {
  rm -rf "$work"
  for id in lipsync.sdk lipsync.sdk.testing lipsync.sdk.redis lipsync.cli; do rm -rf "$packages/$id/$version"; done
}
trap cleanup EXIT
feed="$work/feed"
step() { echo "verify-packages: $* ($(( $(date +%s) - started )) s)"; }
fail() { echo "verify-packages: FAILED: $*" >&2; exit 1; }

step "packing $version"
dotnet pack "$repo/LipSync.Sdk.sln" -c Release -o "$feed" -p:Version="$version" -p:ContinuousIntegrationBuild=true --nologo -v quiet

for id in LipSync.Sdk LipSync.Sdk.Testing LipSync.Sdk.Redis LipSync.Cli; do
  nupkg="$feed/$id.$version.nupkg"
  [ -f "$nupkg" ] || fail "$id: no package"
  [ -f "$feed/$id.$version.snupkg" ] || fail "$id: no symbols package"
  listing="$(unzip -l "$nupkg")"
  nuspec="$(unzip -p "$nupkg" "$id.nuspec")"
  grep -q ' README.md$' <<<"$listing" || fail "$id: README.md not packed"
  grep -q '<readme>README.md</readme>' <<<"$nuspec" || fail "$id: no readme in the nuspec"
  grep -q '<license type="expression">MIT</license>' <<<"$nuspec" || fail "$id: no MIT license expression"
  grep -q '<repository type="git" url="https://github.com/lipsync-sdk/lipsync-dotnet"' <<<"$nuspec" || fail "$id: no repository metadata"
  grep -Eq "(lib/net10.0|tools/net10.0/any)/$id.xml\$" <<<"$listing" || fail "$id: XML docs not packed"
  unzip -p "$feed/$id.$version.snupkg" "*.pdb" > "$work/symbols.pdb"
  grep -aq 'raw.githubusercontent.com/lipsync-sdk/lipsync-dotnet' "$work/symbols.pdb" || fail "$id: no SourceLink in the PDB"
done
grep -q 'tools/net10.0/any/DotnetToolSettings.xml' <<<"$(unzip -l "$feed/LipSync.Cli.$version.nupkg")" || fail "LipSync.Cli is not a tool package"

step "creating a consumer project"
consumer="$work/consumer"
mkdir -p "$consumer"
cat > "$consumer/nuget.config" <<XML
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="lipsync-local" value="$feed" />
  </packageSources>
</configuration>
XML
cat > "$consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="LipSync.Sdk" Version="$version" />
    <PackageReference Include="LipSync.Sdk.Testing" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$consumer/Program.cs" <<'CS'
using LipSync.Sdk;
using LipSync.Sdk.Testing;

await using var emulator = await SyncEmulator.StartAsync();
var options = new LipSyncOptions { DefaultProvider = "sync" };
options.AddProvider("sync", sync =>
{
    sync.ApiKey = SyncEmulator.DefaultApiKey;
    sync.BaseAddress = emulator.BaseAddress;
});
using var factory = new LipSyncClientFactory(options);
var client = factory.GetDefaultClient();

var job = await client.SubmitAsync(new LipSyncRequest
{
    Video = MediaSource.FromUrl("https://assets.example.com/speaker.mp4"),
    Audio = MediaSource.FromUrl("https://assets.example.com/speech.wav"),
});
var done = await client.WaitForCompletionAsync(job.Id, new JobWaitOptions { InitialInterval = TimeSpan.FromMilliseconds(50), Timeout = TimeSpan.FromSeconds(30) });
var explained = LipSyncErrors.FromResponse("sync", 429, """{"errorCode":"rate_limit_exceeded"}""");
Console.WriteLine($"consumer: job {done.Id} {done.Status}, output {done.OutputUrl}; 429 is {explained.Kind}");
return done.Status == JobStatus.Completed && explained.Kind == LipSyncErrorKind.RateLimited ? 0 : 1;
CS
(cd "$consumer" && dotnet run -c Release --nologo -v quiet) || fail "the consumer project did not run"

step "installing the lipsync tool"
tools="$work/tools"
dotnet tool install LipSync.Cli --version "$version" --tool-path "$tools" --add-source "$feed" >/dev/null
list="$("$tools/lipsync" errors list --json)" || fail "lipsync errors list --json exited $?"
grep -q '^{"providers":\[{"provider":"[a-z]*","errors":\[{"code":' <<<"$list" && grep -q '"provider":"sync"' <<<"$list" || fail "unexpected errors list output: ${list:0:200}"
explain="$("$tools/lipsync" errors explain --provider sync --status 429 --json)" || fail "lipsync errors explain exited $?"
grep -q '"kind":"RateLimited","retryable":true,"statusCode":429' <<<"$explain" || fail "unexpected explain output: $explain"
echo "lipsync errors explain: $explain"

step "OK: packages packed, installed from the local feed and run"
