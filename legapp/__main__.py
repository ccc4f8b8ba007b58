import sys

from legapp.app import main

sys.exit(main())
