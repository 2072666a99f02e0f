import sys

from kubevirt_sandbox.controllers import manager

sys.exit(manager.main())
