from newsquiz.cli import main

raise SystemExit(main())
