"""``python -m marsad``: the same as the ``marsad`` command."""
from marsad.cli import run

if __name__ == "__main__":
    run()
