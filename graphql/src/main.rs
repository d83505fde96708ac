fn main() -> std::process::ExitCode {
    ostoja::cli::main()
}
