-- ShopDesk demo data (synthetic): the wireless headphones whose names say 无线耳机 / 降噪耳机 answer "蓝牙耳机" as
-- the others do, as knowledge-base/products/products.csv now has them.
UPDATE products SET tags = 'audio,wireless,noise_cancelling,instalments,earphones,蓝牙耳机' WHERE sku = 'ELE-3002';
UPDATE products SET tags = 'audio,wireless,earbuds,earphones,蓝牙耳机' WHERE sku = 'ELE-3016';
UPDATE products SET tags = 'audio,wireless,earbuds,noise_cancelling,instalments,earphones,蓝牙耳机' WHERE sku = 'ELE-3031';
