using Rgiem.Cli;

// Standard output and error may be closed or full: GuardedWriter keeps such a fault from becoming an internal
// error, and the run then ends with exit code 2 and, when standard error still works, a message saying so.
var (output, error) = StandardStreams.Open();
int code = RgiemCli.Run(args, output, error, Environment.CurrentDirectory, new ConsoleTerminal());
output.Flush();
if (output.Failure is { } failure)
{
    error.WriteLine($"rgiem: cannot write to standard output ({failure}); the output of this run is incomplete.");
    error.Flush();
    return 2;
}

error.Flush();
return error.Failure is null ? code : Math.Max(code, 2);
