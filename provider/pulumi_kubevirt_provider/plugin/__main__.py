from pulumi_kubevirt_provider.plugin import launch

if __name__ == "__main__":
    launch.main()
