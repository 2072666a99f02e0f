from pulumi_kubevirt_provider.plugin import server

if __name__ == "__main__":
    server.main()
